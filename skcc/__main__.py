from skcc.cli import main

main()
