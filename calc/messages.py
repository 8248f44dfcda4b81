"""What calc says to the user -- warnings and notes -- in any language.

calc has no Qt, so its messages are not translated where they are made.
Each one is a :class:`Message`: a message id, the English template and the
parameters. It *is* the English text (a ``str`` subclass), so the results
JSON, the command line and ``"no pipes" in warning`` keep working; the GUI
and the report call :func:`render` (or :meth:`Message.render`) for the
user's language. The Chinese template of every id is in
``datasets/i18n/messages_zh.csv`` (``calc.datasets.messages``).

Templates are ``str.format`` templates: numbers are formatted by the
template (``{share:.0%}``), never concatenated, so each language places
and formats them itself. A parameter may be

- a number or text, put in as it is (names the user typed);
- another :class:`Message`, rendered in the same language;
- a :class:`Term` -- a model choice such as a measure kind, a basis or a
  carrier -- named by the display layer's own vocabulary (``names``).

Adding a message (docs/architecture.md, "Messages"): call
``msg("module.what", "English template {x:.1f}", x=...)`` where it is
raised, and add the id with its Chinese template to the catalogue; a test
(tests/calc/test_messages.py) collects every ``msg`` call in calc and fails
on an id without a Chinese form or with different placeholders.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Callable

LANGUAGES = ("en", "zh")


@dataclass(frozen=True)
class Term:
    """A model choice named in a message: ``category`` as in the report's
    choice labels (``measure``, ``basis``, ``electricity_method``,
    ``carrier``, ``calibration_parameter``, ...), ``key`` the model's value,
    ``label`` the user's own name for it (a measure's label), if any."""

    category: str
    key: str
    label: str = ""

    @property
    def kind(self) -> str:  # a measure term reads like a measure (reports.strings.measure_name)
        return self.key

    def __str__(self) -> str:
        return self.label or self.key.replace("_", " ")


Names = Callable[[Term, str], str]


class Message(str):
    """A message of calc: the English text, with ``id``, ``template`` and
    ``params`` to render it in another language (:meth:`render`)."""

    id: str
    template: str
    params: dict

    def __new__(cls, id: str, template: str, **params):
        self = super().__new__(cls, _fill(template, params, "en", None))
        self.id, self.template, self.params = id, template, params
        return self

    def __reduce__(self):  # process pools (calc.stock) pickle results
        return _rebuild, (self.id, self.template, self.params)

    def render(self, language: str = "en", names: Names | None = None) -> str:
        """The message in ``language`` ("en" or "zh"); ``names(term,
        language)`` names the :class:`Term` parameters (default: the
        term's label or key)."""
        if language == "en" and names is None:
            return str(self)
        template = self.template if language == "en" else chinese_template(self.id) or self.template
        return _fill(template, self.params, language, names)


def _rebuild(id, template, params):
    return Message(id, template, **params)


def msg(id: str, template: str, **params) -> Message:
    """A message with id ``id`` ("module.what"), English ``template`` and
    its parameters. ``id`` and ``template`` are literal strings, so the
    catalogue test can find them in the source."""
    return Message(id, template, **params)


def render(text, language: str = "en", names: Names | None = None) -> str:
    """``text`` in ``language``: a :class:`Message` rendered, any other
    text (a plain string from an older file or a library) as it is."""
    if isinstance(text, Message):
        return text.render(language, names)
    return str(text)


def chinese_template(id: str) -> str | None:
    from .datasets.messages import chinese_templates

    return chinese_templates().get(id)


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def _fill(template: str, params: dict, language: str, names: Names | None) -> str:
    return template.format_map({k: _value(v, language, names) for k, v in params.items()})


def _value(v, language, names):
    if isinstance(v, Message):
        return v.render(language, names)
    if isinstance(v, Term):
        return names(v, language) if names is not None else str(v)
    if isinstance(v, (list, tuple)):
        sep = "；" if language == "zh" else "; "
        return sep.join(_value(x, language, names) for x in v)
    return v
