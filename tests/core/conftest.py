"""Fixtures for the core tests."""

import pytest
import shapely

from secure_corridor.core import assemble_route

from measure import m4_coordinates


@pytest.fixture(scope="session")
def m4():
    """The approximate M4 assembled as one route, west to east."""
    return assemble_route([shapely.LineString(m4_coordinates())])
