casebookSearchLoaded("t/76",{"forms":{},"terms":{"vez":"BD"}});
