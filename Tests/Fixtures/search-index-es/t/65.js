casebookSearchLoaded("t/65",{"forms":{"errores":"error"},"terms":{"error":"ADBD"}});
