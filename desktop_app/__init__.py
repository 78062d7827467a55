"""考核工作台 — town assessment desk."""

__version__ = "0.1.0"
APP_NAME = "考核工作台"
APP_ID = "town-assessment-desk"
