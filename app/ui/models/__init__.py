"""Qt item models over the services: no SQL here, only service calls and domain objects."""
