casebookSearchLoaded("t/68",{"forms":{"hábiles":"habil"},"terms":{"habil":"BM"}});
