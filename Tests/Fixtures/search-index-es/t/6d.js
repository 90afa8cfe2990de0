casebookSearchLoaded("t/6d",{"forms":{"mensuales":"mensual","meses":"mes"},"terms":{"mensual":"CD","mes":"CM"}});
