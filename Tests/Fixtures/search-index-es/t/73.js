casebookSearchLoaded("t/73",{"forms":{"seis":"6"},"terms":{}});
