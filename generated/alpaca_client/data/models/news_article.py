from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.news_image import NewsImage


@_attrs_define
class NewsArticle:
    """A news article."""

    id: int
    """ Article ID. """
    headline: str
    """ Title of the article. """
    author: str
    """ May be empty. """
    summary: str
    """ Short summary (often the first sentence); may be empty. """
    content: str
    """ Body as HTML; empty unless include_content is set and a body exists. """
    source: str
    """ Publisher feed, e.g. `benzinga`. """
    symbols: list[str]
    """ Symbols the article mentions. """
    images: list[NewsImage]
    """ Pictures attached to the article; often none. """
    created_at: datetime.datetime
    """ When the article was first published. """
    updated_at: datetime.datetime
    """ When the article was last changed. """
    url: str | None = None
    """ Link to the original article, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["headline"] = self.headline
        field_dict["author"] = self.author
        field_dict["summary"] = self.summary
        field_dict["content"] = self.content
        field_dict["source"] = self.source
        field_dict["symbols"] = list(self.symbols)
        field_dict["images"] = [item0.to_dict() for item0 in self.images]
        field_dict["created_at"] = self.created_at.isoformat()
        field_dict["updated_at"] = self.updated_at.isoformat()
        if self.url is not None:
            field_dict["url"] = self.url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.news_image import NewsImage  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _headline = data["headline"]
            _author = data["author"]
            _summary = data["summary"]
            _content = data["content"]
            _source = data["source"]
            _symbols = data["symbols"]
            _images = data["images"]
            _created_at = data["created_at"]
            _updated_at = data["updated_at"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _url = data.get("url")
        result = cls(
            id=parsing.integer(_id, "id"),
            headline=parsing.string(_headline, "headline"),
            author=parsing.string(_author, "author"),
            summary=parsing.string(_summary, "summary"),
            content=parsing.string(_content, "content"),
            source=parsing.string(_source, "source"),
            symbols=parsing.array(parsing.string, _symbols, "symbols"),
            images=parsing.array(
                lambda value0, key0: parsing.model(NewsImage.from_dict, value0, key0),
                _images,
                "images",
            ),
            created_at=parsing.date_time(_created_at, "created_at"),
            updated_at=parsing.date_time(_updated_at, "updated_at"),
            url=None if _url is None else parsing.string(_url, "url"),
        )
        result.additional_properties = {
            name: value for name, value in data.items() if name not in _KEYS
        }
        result.raw = dict(data)
        return result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "headline",
        "author",
        "summary",
        "content",
        "source",
        "symbols",
        "images",
        "created_at",
        "updated_at",
        "url",
    }
)
