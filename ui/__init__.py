"""Qt widgets of the plugin (dock, map tools, chart): presentation only, no geometry maths."""
