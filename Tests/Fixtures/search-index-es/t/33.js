casebookSearchLoaded("t/33",{"forms":{},"terms":{"3":"CM"}});
