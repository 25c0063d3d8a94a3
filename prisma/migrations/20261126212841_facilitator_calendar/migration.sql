-- CreateTable
CREATE TABLE "FacilitatorCalendar" (
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FacilitatorCalendar_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "FacilitatorCalendar_token_key" ON "FacilitatorCalendar"("token");

-- AddForeignKey
ALTER TABLE "FacilitatorCalendar" ADD CONSTRAINT "FacilitatorCalendar_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
