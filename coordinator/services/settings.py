"""Clinic settings: read by everyone signed in, changed by administrators."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.settings import (
    SETTINGS,
    SettingValue,
    parse_value,
    spec_for,
    validate_value,
)
from coordinator.services.context import ServiceContext
from coordinator.services.notify import Topic
from coordinator.store.models import Setting


def read_settings(session: Session | Connection) -> dict[str, SettingValue]:
    """Every declared setting, typed, with defaults for those never saved."""
    stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    return {spec.key: parse_value(spec, stored.get(spec.key, spec.default))
            for spec in SETTINGS}


def is_demo_database(session: Session) -> bool:
    row = session.get(Setting, "demo_database")
    return row is not None and parse_value(spec_for("demo_database"), row.value) is True


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def all(self) -> dict[str, SettingValue]:
        """All settings; readable before sign-in (title bar, idle lock, letterhead)."""
        with self.ctx.unit_of_work(write=False) as uow:
            return read_settings(uow.session)

    def get(self, key: str) -> SettingValue:
        spec = spec_for(key)
        return self.all()[spec.key]

    def is_demo(self) -> bool:
        with self.ctx.unit_of_work(write=False) as uow:
            return is_demo_database(uow.session)

    def update(self, values: Mapping[str, SettingValue]) -> dict[str, SettingValue]:
        """Validate every value first, then save all of them in one transaction."""
        actor = self.ctx.require(Permission.MANAGE_SETTINGS)
        texts: dict[str, str] = {}
        problems: dict[str, str] = {}
        for key, value in values.items():
            if key == "demo_database":
                problems[key] = "Whether a database is a demo cannot be changed."
                continue
            try:
                texts[key] = validate_value(spec_for(key), value)
            except ValidationError as error:
                problems.update(error.fields or {key: error.message})
        if problems:
            raise ValidationError.for_fields(problems)
        with self.ctx.unit_of_work() as uow:
            now = self.ctx.clock()
            changed: list[str] = []
            for key, text in texts.items():
                row = uow.session.get(Setting, key)
                if row is None:
                    uow.session.add(Setting(key=key, value=text, updated_at=now,
                                            updated_by_id=actor.user_id))
                elif row.value != text:
                    row.value, row.updated_at, row.updated_by_id = text, now, actor.user_id
                else:
                    continue
                changed.append(key)
            if changed:
                uow.session.flush()
                uow.audit("settings_change", "setting", "", ", ".join(sorted(changed)))
                uow.changed(Topic.SETTING, *changed)
                self.ctx.forget_derived_check()
            return read_settings(uow.session)
