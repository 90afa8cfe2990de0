casebookSearchLoaded("t/31",{"forms":{},"terms":{"1":"ADBD","10":"BM"}});
