"""Which Linux capabilities each image keeps, and why (Docker grants 14 by default).

Docker's default set: CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, SETGID, SETUID, SETPCAP, NET_BIND_SERVICE,
NET_RAW, SYS_CHROOT, MKNOD, AUDIT_WRITE, SETFCAP. Nothing here could be run against the real images (no Docker
on the machines this is built on), so the choices are conservative and based on how each image starts:

- None of the services crafts raw packets, creates device nodes or sets file capabilities: NET_RAW, MKNOD and
  SETFCAP go everywhere (without NET_RAW no container can spoof ARP/ICMP on the estate network).
- Octopus (runs as root) and the postgres images (start as root, chown the data directory, then switch to the
  `postgres` user with gosu) need the ownership and user-switching capabilities, so only what they never use
  goes as well: NET_BIND_SERVICE (they listen on 8080 and 5432), SYS_CHROOT, AUDIT_WRITE.
- Gitea starts as root under s6, switches to `git` with su-exec and runs OpenSSH on port 22, whose privilege
  separation chroots and whose logins are audited: it keeps NET_BIND_SERVICE, SYS_CHROOT and AUDIT_WRITE.
- SQL Server images since 2019 run as the non-root user `mssql` from the first process, so they hold no
  capability anyway: ALL is dropped. NET_BIND_SERVICE stays in the bounding set because Microsoft's non-root
  image recipe gives `sqlservr` that file capability, and the kernel refuses to execute a binary whose file
  capabilities fall outside the bounding set.
"""

from __future__ import annotations

from octopus_patterns.containers.service import Capabilities

NEVER_USED = ("MKNOD", "NET_RAW", "SETFCAP")
ROOT_SERVICE = Capabilities(drop=(*NEVER_USED, "AUDIT_WRITE", "NET_BIND_SERVICE", "SYS_CHROOT"))
GITEA = Capabilities(drop=NEVER_USED)
NON_ROOT = Capabilities(drop=("ALL",), add=("NET_BIND_SERVICE",))
