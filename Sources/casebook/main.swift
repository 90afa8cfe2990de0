import CasebookCLI

CasebookCommand.main()
