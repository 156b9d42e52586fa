"""Page parameters (sort, limit, cursor) declared with Query() in a function's signature, validated by the route
itself the way FastAPI would: the same pydantic types and constraints, the same RequestValidationError (so the same
400 problem, naming each bad parameter in declaration order). For routes that read their query string themselves
(the list routes' hot path), whose declarations stay the OpenAPI document's source (params.openapi_parameters)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Annotated, Any, get_type_hints

from fastapi.exceptions import RequestValidationError
from fastapi.params import Query
from pydantic import TypeAdapter, ValidationError


class PageParams:
    def __init__(self, declaration: Callable[..., Any]) -> None:
        hints = get_type_hints(declaration)
        self.fields: dict[str, tuple[TypeAdapter[Any], Any]] = {}
        for name, parameter in inspect.signature(declaration).parameters.items():
            info = parameter.default
            if not isinstance(info, Query) or info.alias not in (None, name):
                raise TypeError(f"{declaration.__name__}.{name}: declare it with Query() and no alias")
            kind: Any = Annotated[hints[name], *info.metadata] if info.metadata else hints[name]  # ge, le, max_length
            self.fields[name] = TypeAdapter(kind), info.get_default()
        self.names = tuple(self.fields)

    def __call__(self, given: Mapping[str, str]) -> dict[str, Any]:
        """The declared parameters' values: each given one validated (its default when absent)."""
        values: dict[str, Any] = {}
        errors: list[dict[str, Any]] = []
        for name, (adapter, default) in self.fields.items():
            if name not in given:
                values[name] = default
                continue
            try:
                values[name] = adapter.validate_python(given[name])
            except ValidationError as exc:
                errors.extend({**error, "loc": ("query", name, *error["loc"])} for error in exc.errors())
        if errors:
            raise RequestValidationError(errors)
        return values
