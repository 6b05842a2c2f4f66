from octopus_patterns.rehearsal.cli import main

raise SystemExit(main())
