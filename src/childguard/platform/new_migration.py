"""``make migration CTX=<context> MSG="..."``: autogenerate the next migration of a context.

Autogenerate compares the models with a scratch SQLite database migrated to the current
heads, then writes only the changes of the given context into its own branch.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from childguard.platform.migrate import PACKAGE_DIR, alembic_config, upgrade


def main(context: str, message: str) -> None:
    versions = PACKAGE_DIR / context / "migrations" / "versions"
    versions.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'scratch.db'}"
        upgrade(url)
        cfg = alembic_config(url)
        cfg.set_main_option("version_locations", cfg.get_main_option("version_locations", "")
                            + f" {versions}")
        script = ScriptDirectory.from_config(cfg)
        heads = [h for h in script.get_heads()
                 if context in (script.get_revision(h).branch_labels or ())]
        existing = len(list(versions.glob(f"{context}_*.py")))
        rev_id = f"{context}_{existing + 1:04d}"
        if heads:
            command.revision(cfg, message=message, autogenerate=True, head=heads[0],
                             version_path=str(versions), rev_id=rev_id)
        else:
            command.revision(cfg, message=message, autogenerate=True, head="base",
                             branch_label=context, depends_on="platform_0001",
                             version_path=str(versions), rev_id=rev_id)
    print(f"written {rev_id} in {versions}: read it, and drop other contexts' tables from it")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "change")
