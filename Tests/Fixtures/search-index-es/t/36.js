casebookSearchLoaded("t/36",{"forms":{},"terms":{"6":"CM"}});
