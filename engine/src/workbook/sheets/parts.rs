//! Columns several sheets share: the name and description in both
//! languages, the allowance, the rates beyond it and the eligibility.
macro_rules! name_cols {
    ($item:ty) => {
        [
            col!(
                $item,
                "name.zh",
                "名称（中文）",
                "Name (Chinese)",
                TEXT,
                name.zh
            ),
            col!(
                $item,
                "name.en",
                "名称（英文）",
                "Name (English)",
                TEXT,
                name.en
            ),
        ]
    };
}

macro_rules! description_cols {
    ($item:ty) => {
        [
            col!(
                $item,
                "description.zh",
                "说明（中文）",
                "Description (Chinese)",
                TEXT,
                description.zh
            ),
            col!(
                $item,
                "description.en",
                "说明（英文）",
                "Description (English)",
                TEXT,
                description.en
            ),
        ]
    };
}

/// `$key` is the allowance's field in the item (`allowance`, `adds`).
macro_rules! allowance_cols {
    ($item:ty, $key:literal, $($f:ident).+) => {
        [
            col!($item, concat!($key, ".domestic_min"), "国内通话（分钟/月）", "Domestic minutes (min/month)", COUNT, $($f).+.domestic_min),
            col!($item, concat!($key, ".long_distance_min"), "长途通话（分钟/月）", "Long-distance minutes (min/month)", COUNT, $($f).+.long_distance_min),
            col!($item, concat!($key, ".data_mb"), "流量（MB/月）", "Data (MB/month)", COUNT, $($f).+.data_mb),
            col!($item, concat!($key, ".sms"), "短信（条/月）", "SMS (messages/month)", COUNT, $($f).+.sms),
        ]
    };
}

macro_rules! rates_cols {
    ($item:ty) => {
        [
            col!(
                $item,
                "rates.domestic_per_min",
                "超出国内通话（元/分钟）",
                "Domestic beyond allowance (CNY/min)",
                MONEY,
                rates.domestic_per_min
            ),
            col!(
                $item,
                "rates.long_distance_per_min",
                "超出长途（元/分钟，空白按国内计）",
                "Long distance beyond allowance (CNY/min, blank: as domestic)",
                OPT_MONEY,
                rates.long_distance_per_min
            ),
            col!(
                $item,
                "rates.data_per_mb",
                "超出流量（元/MB）",
                "Data beyond allowance (CNY/MB)",
                MONEY,
                rates.data_per_mb
            ),
            col!(
                $item,
                "rates.sms_each",
                "超出短信（元/条）",
                "SMS beyond allowance (CNY/message)",
                MONEY,
                rates.sms_each
            ),
        ]
    };
}

macro_rules! eligibility_cols {
    ($item:ty) => {
        [
            col!(
                $item,
                "eligibility.segments",
                "限客户群（逗号分隔，空白不限）",
                "Segments (comma-separated, blank: any)",
                SEGMENTS,
                eligibility.segments
            ),
            col!(
                $item,
                "eligibility.min_lines",
                "最少线路数（条，空白不限）",
                "Min lines (lines, blank: no minimum)",
                OPT_COUNT,
                eligibility.min_lines
            ),
            col!(
                $item,
                "eligibility.max_lines",
                "最多线路数（条，空白不限）",
                "Max lines (lines, blank: no maximum)",
                OPT_COUNT,
                eligibility.max_lines
            ),
            col!(
                $item,
                "eligibility.min_tenure_months",
                "最低网龄（月，空白不限）",
                "Min tenure (months, blank: none)",
                OPT_COUNT,
                eligibility.min_tenure_months
            ),
            col!(
                $item,
                "eligibility.on_sale_from",
                "开始办理日期（含当日，空白不限）",
                "On sale from (date, inclusive, blank: already)",
                OPT_DATE,
                eligibility.on_sale_from
            ),
            col!(
                $item,
                "eligibility.on_sale_until",
                "结束办理日期（含当日，空白不限）",
                "On sale until (date, inclusive, blank: no end)",
                OPT_DATE,
                eligibility.on_sale_until
            ),
            col!(
                $item,
                "eligibility.audiences",
                "活动对象（逗号分隔，空白不限）",
                "Audiences (comma-separated, blank: any)",
                AUDIENCES,
                eligibility.audiences
            ),
            col!(
                $item,
                "eligibility.contract_ending_within_months",
                "合约剩余月数以内（月，合约到期对象用）",
                "Contract ends within (months, for contract_ending)",
                OPT_COUNT,
                eligibility.contract_ending_within_months
            ),
        ]
    };
}

pub(crate) use {allowance_cols, description_cols, eligibility_cols, name_cols, rates_cols};
