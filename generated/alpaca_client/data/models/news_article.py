from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.news_image import NewsImage


T = TypeVar("T", bound="NewsArticle")


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
    url: None | str | Unset = UNSET
    """ Link to the original article, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        headline = self.headline

        author = self.author

        summary = self.summary

        content = self.content

        source = self.source

        symbols = self.symbols

        images = []
        for images_item_data in self.images:
            images_item = images_item_data.to_dict()
            images.append(images_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "headline": headline,
                "author": author,
                "summary": summary,
                "content": content,
                "source": source,
                "symbols": symbols,
                "images": images,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.news_image import NewsImage  # noqa: PLC0415

        _data = dict(src_dict)
        id = _data.pop("id")

        headline = _data.pop("headline")

        author = _data.pop("author")

        summary = _data.pop("summary")

        content = _data.pop("content")

        source = _data.pop("source")

        symbols = cast(list[str], _data.pop("symbols"))

        images = []
        _images = _data.pop("images")
        for images_item_data in _images:
            images_item = NewsImage.from_dict(images_item_data)

            images.append(images_item)

        created_at = datetime.datetime.fromisoformat(_data.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(_data.pop("updated_at"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_data.pop("url", UNSET))

        news_article = cls(
            id=id,
            headline=headline,
            author=author,
            summary=summary,
            content=content,
            source=source,
            symbols=symbols,
            images=images,
            created_at=created_at,
            updated_at=updated_at,
            url=url,
        )

        news_article.additional_properties = _data
        news_article.raw = dict(src_dict)
        return news_article

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
