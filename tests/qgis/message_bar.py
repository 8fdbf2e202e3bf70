"""Reading the plugin's messages off the (pytest-qgis) message bar."""


def bar_messages(iface, level):
    """The plugin's messages now in ``iface``'s message bar at ``level``, each whole
    (as "title:text", also when the bar shows it folded)."""
    from secure_corridor.ui.messages import full_text

    bar = iface.messageBar()
    return [f"{item.title()}:{full_text(item)}" for item in bar.items() if item.level() == level]


def clear_bar(iface):
    iface.messageBar().clear_messages()
    iface.messageBar().clearWidgets()
