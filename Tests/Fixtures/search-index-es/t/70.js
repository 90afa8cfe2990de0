casebookSearchLoaded("t/70",{"forms":{"pagar":"pag","pagos":"pag","plazos":"plaz","puedo":"pued"},"terms":{"pag":"CV","plaz":"CU","pued":"CU"}});
