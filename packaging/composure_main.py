"""Entry point of the frozen app: PyInstaller needs a script, the project has a console_script.

Kept to one call so the frozen `composure` and the installed `composure` are the same program.
"""

import sys

from console.cli import main

if __name__ == "__main__":
    sys.exit(main())
