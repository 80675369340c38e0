//! Real Chromium, headless, through chromedriver: signing up, importing a
//! Meetup export, creating a pool and joining it, exactly as a person would.
//! Runs when POOLS_TEST_BROWSER=1; then a missing browser fails the test.
