-- The working-day calendar (issue 14, SPEC 4a): Saturdays and Sundays are days off, Monday to Friday working days,
-- except the days of this table: holidays (a weekday off, as the Prime Minister fixes them each year) and swapped
-- working weekend days (a Saturday or Sunday worked in exchange for a day off).
CREATE TABLE calendar_day (
    cal_date DATE NOT NULL PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NULL,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(60) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
