casebookSearchLoaded("t/66",{"forms":{"factura":"factur","facturación":"factur"},"terms":{"factur":"ASBIBI"}});
