"""Words the engine says to a user, kept translatable without Qt.

A :class:`Message` is an English template and the values that fill it. ``str()``
gives the English text, so a script or a test reads it as before; the QGIS side
looks the template up in its translations and fills it with the same values
(``bridge.translation.text``). A value may itself be a :class:`Message`, so a
sentence built from parts is translated part by part.

The templates are plain string literals in the code (first argument of
``Message``, of an error's constructor, or of ``super().__init__`` in an error
class): ``tools/core_messages.py`` finds them there for the translation files.

>>> str(Message("Road {label} is a line of one point.", label="feature 3"))
'Road feature 3 is a line of one point.'
"""

from __future__ import annotations

__all__ = ["Message", "join"]


class Message:
    """An English template (``str.format`` syntax) and its values."""

    __slots__ = ("template", "values")

    def __init__(self, template, **values):
        self.template = template
        self.values = values

    def format(self, translate=None):
        """The text, with each template passed through ``translate`` first
        (``None``: English)."""
        template = self.template if translate is None else translate(self.template)
        if not self.values:
            return template  # plain words (maybe with braces of a name in them), nothing to fill
        values = {
            name: value.format(translate) if isinstance(value, Message) else value
            for name, value in self.values.items()
        }
        return template.format(**values)

    def __str__(self):
        return self.format()

    def __repr__(self):
        return f"Message({self.template!r}, **{self.values!r})"

    def __eq__(self, other):
        if isinstance(other, Message):
            return (self.template, self.values) == (other.template, other.values)
        return NotImplemented

    def __hash__(self):
        return hash(self.template)


def join(messages, separator=" "):
    """One :class:`Message` of several, each translated on its own."""
    messages = list(messages)
    names = [f"part{index}" for index in range(len(messages))]
    template = separator.join("{" + name + "}" for name in names)
    return Message(template, **dict(zip(names, messages)))
