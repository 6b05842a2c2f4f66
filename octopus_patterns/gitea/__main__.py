import sys

from octopus_patterns.gitea.cli import main

sys.exit(main())
