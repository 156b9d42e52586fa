"""Errors a user can fix; the CLI prints them as one line, the API as a 4xx."""


class UserError(Exception):
    """An error caused by input or configuration, reported without a traceback."""


class ConfigError(UserError):
    """A setting is malformed or points at something unreachable."""

    def __init__(self, setting: str, problem: str) -> None:
        self.setting = setting
        self.problem = problem
        super().__init__(f"{setting}: {problem}")
