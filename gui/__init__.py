"""The desktop application (PySide6 Qt Widgets). Shows and edits the model;
every number shown comes from ``calc.assess.assess``."""
