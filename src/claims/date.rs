//! Dates: a day and month, maybe a weekday and a year, or a range of days.

#[derive(Debug, Clone, PartialEq)]
pub struct DateValue {
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
}
