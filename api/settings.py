"""API settings from the environment (POLICYKG_*) through pydantic-settings; one cached get_settings()."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLICYKG_", env_file=None, extra="ignore")

    store: str = Field("embedded", description="embedded[:FOLDER] or neo4j://host:7687")
    data_dir: Path = Field(Path(".policykg"), description="Folder for the embedded store and document cache")
    write_token: SecretStr | None = Field(None, description="Bearer token for POST/DELETE /documents")
    read_token: SecretStr | None = Field(None, description="When set, read endpoints require it too")
    cypher_timeout_ms: int = Field(5_000, ge=10, le=600_000)
    cypher_row_cap: int = Field(1_000, ge=1, le=1_000_000)
    max_upload_bytes: int = Field(
        25 * 1024 * 1024, ge=1, description="Largest plan accepted by POST /documents"
    )
    max_body_bytes: int = Field(
        1024 * 1024, ge=1024, description="Largest request body of the other endpoints (queries)"
    )
    max_query_chars: int = Field(20_000, ge=100, description="Longest Cypher or SPARQL query accepted")
    max_query_params: int = Field(100, ge=1, description="Most parameters a query may bind")
    response_cache_mb: int = Field(
        64, ge=0, le=65_536, description="Memory for rendered read responses (embedded store only; 0: off)"
    )
    search_warm_up: bool = Field(True, description="Build the search index as the API starts")
    shared_store_recheck_s: float = Field(
        5.0,
        ge=0,
        description="With a store other processes write (Neo4j): how often, at most, the search index asks "
        "the store whether the plans changed (its generation) before it is used again",
    )
    cors_origins: list[str] = Field(default_factory=list, description="Empty: CORS off")

    @property
    def store_uri(self) -> str:
        return f"embedded:{self.data_dir / 'graph'}" if self.store == "embedded" else self.store


@lru_cache
def get_settings() -> Settings:
    return Settings()
