"""Who pays and who gains: tariffs, stakeholder views and energy-performance contracts."""
