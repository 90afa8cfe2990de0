casebookSearchLoaded("t/75",{"forms":{"una":"1"},"terms":{}});
