casebookSearchLoaded("t/74",{"forms":{"tarda":"tard","tarjeta":"tarjet","tienen":"tien","tres":"3"},"terms":{"tard":"BU","tarjet":"BM","tien":"CD"}});
