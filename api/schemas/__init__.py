"""Pydantic models that describe the API's requests and responses in OpenAPI, one module per area (routes serialize
dicts directly for speed; the schemathesis suite checks that what they send conforms to these). Every name is
re-exported here, so `from api.schemas import Job` works; schema names are unique across modules (a generated
client drops an endpoint whose model name collides)."""

from api.schemas.common import (
    CompanyRef,
    EmploymentType,
    InvalidParam,
    Problem,
    Region,
    Sector,
    SectorClass,
    Seniority,
)
from api.schemas.companies import CompanyDetail, CompanyInvestor, CompanyPage, CompanySummary, OpenJobs, SectorMix
from api.schemas.filters import FilterInfo, FilterVocabulary
from api.schemas.funding import FundingRound, FundingRoundPage, RoundInvestor
from api.schemas.investors import InvestorDetail, InvestorPage, InvestorSummary, PortfolioCompany
from api.schemas.jobs import Job, JobDetail, JobPage, JobSighting
from api.schemas.saved_searches import SavedSearchIn, SavedSearchOut, SavedSearchPage, SavedSearchPatch
from api.schemas.sources import (
    ScrapeQueued,
    ScrapeRunItem,
    ScrapeRunPage,
    SourceItem,
    SourcePage,
    SourceQuality,
    SourceStatus,
)
from api.schemas.subscriptions import (
    DigestPreview,
    SubscriptionIn,
    SubscriptionOut,
    SubscriptionPage,
    SubscriptionPatch,
    Unsubscribed,
)
from api.schemas.trends import (
    CompanyPivot,
    CompanyPivots,
    FundingTrendRow,
    FundingTrends,
    InvestorFocus,
    InvestorFocusRow,
    InvestorFocusSummary,
    JobTrendRow,
    JobTrends,
    PeriodInfo,
    PivotMix,
    TrendWindow,
)

__all__ = [
    "CompanyDetail",
    "CompanyInvestor",
    "CompanyPage",
    "CompanyPivot",
    "CompanyPivots",
    "CompanyRef",
    "CompanySummary",
    "DigestPreview",
    "EmploymentType",
    "FilterInfo",
    "FilterVocabulary",
    "FundingRound",
    "FundingRoundPage",
    "FundingTrendRow",
    "FundingTrends",
    "InvalidParam",
    "InvestorDetail",
    "InvestorFocus",
    "InvestorFocusRow",
    "InvestorFocusSummary",
    "InvestorPage",
    "InvestorSummary",
    "Job",
    "JobDetail",
    "JobPage",
    "JobSighting",
    "JobTrendRow",
    "JobTrends",
    "OpenJobs",
    "PeriodInfo",
    "PivotMix",
    "PortfolioCompany",
    "Problem",
    "Region",
    "RoundInvestor",
    "SavedSearchIn",
    "SavedSearchOut",
    "SavedSearchPage",
    "SavedSearchPatch",
    "ScrapeQueued",
    "ScrapeRunItem",
    "ScrapeRunPage",
    "Sector",
    "SectorClass",
    "SectorMix",
    "Seniority",
    "SourceItem",
    "SourcePage",
    "SourceQuality",
    "SourceStatus",
    "SubscriptionIn",
    "SubscriptionOut",
    "SubscriptionPage",
    "SubscriptionPatch",
    "TrendWindow",
    "Unsubscribed",
]  # fmt: skip
