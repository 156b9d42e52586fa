"""Finding job boards ourselves: from a company's site to its careers page to the ATS board it embeds or links.

`detect` reads one page (pure); `site` walks homepage -> careers page -> boards and verifies each board with one call
to its API. Nothing here touches the database: the core's discovery service stores what was found.
"""
