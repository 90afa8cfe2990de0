casebookSearchLoaded("t/72",{"forms":{"reembolso":"reembols","reembolsos":"reembols"},"terms":{"reembols":"AMBW"}});
