// What the notification pages receive (never raw rows).
import type { Delivery, NotificationEvent, OutboxStatus } from "./constants";

export interface NotificationView {
  id: string;
  event: NotificationEvent;
  eventLabel: string;
  title: string;
  body: string | null;
  href: string;
  createdAt: Date;
  read: boolean;
}

export interface PreferenceView {
  emailEnabled: boolean;
  delivery: Delivery;
  hasEmail: boolean;
}

export interface OutboxRow {
  id: string;
  toAddress: string;
  recipientName: string | null;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}
