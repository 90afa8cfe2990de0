casebookSearchLoaded("t/64",{"forms":{"devolvemos":"devolv","diez":"10","dinero":"diner","días":"dias"},"terms":{"devolv":"BD","dias":"BM","diner":"BD"}});
