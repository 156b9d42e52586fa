"""The one family of errors a user can fix; the CLI prints them as one line, the API as a 4xx problem naming the
parameter (InvalidParameter: 400, NotFound: 404)."""


class UserError(Exception):
    """An error caused by input or configuration, reported without a traceback."""


class ConfigError(UserError):
    """A setting is malformed or points at something unreachable."""

    def __init__(self, setting: str, problem: str) -> None:
        self.setting = setting
        self.problem = problem
        super().__init__(f"{setting}: {problem}")


class InvalidParameter(UserError):
    """A request parameter (query parameter, filter of a saved search, trend option) is invalid; `name` is the
    parameter, `reason` says why (the API answers 400 naming it)."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


class NotFound(UserError):
    """No such resource (the API answers 404)."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")
