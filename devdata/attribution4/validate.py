#!/usr/bin/env python3
"""Check attribution4 with the shared checker (devdata/validate_attribution.py)."""

import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.exit(subprocess.call([sys.executable, str(here.parent / "validate_attribution.py"), str(here)]))
