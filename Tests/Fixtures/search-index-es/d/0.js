casebookSearchLoaded("d/0",[["Facturación","categories/facturacion/index.html","Categoría","","Cargos y reembolsos.","Errores en una factura."],
["¿Cuánto tarda un reembolso?","faq/cuanto-tarda-un-reembolso/index.html","Pregunta frecuente","Facturación","El reembolso llega a su tarjeta en diez días hábiles.","Si el cargo fue un error, le devolvemos el dinero una vez."],
["¿Puedo pagar a plazos?","faq/puedo-pagar-a-plazos/index.html","Pregunta frecuente","Facturación","Sí, en tres o seis meses.","Los pagos mensuales no tienen cargos."]]);
