casebookSearchLoaded("t/63",{"forms":{"cargo":"carg","cargos":"carg","cuánto":"cuant"},"terms":{"carg":"AMBDBD","cuant":"BU"}});
