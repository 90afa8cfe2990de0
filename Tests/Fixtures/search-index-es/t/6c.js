casebookSearchLoaded("t/6c",{"forms":{"llega":"lleg"},"terms":{"lleg":"BM"}});
