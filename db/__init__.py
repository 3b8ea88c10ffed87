"""Schema migrations, shipped inside the wheel as ``console._db``.

Each ``NNNN_name.sql`` file is applied once, in order, inside its own transaction; the
database's ``PRAGMA user_version`` records the last one applied.
"""
