import sys

from octopus_patterns.gitea.cli import main

sys.exit(main(argv=sys.argv[1:]))
